# Writer o, batch 02: libraries and museums (회원 가입, 연체 안내, 자원봉사 신청).
# All values invented. CC0 1.0.

DOCS = [
{"id": "s15-o02-001", "kind": "library_membership_form", "text": """공공도서관 회원가입 신청서 (어린이 회원용)

회원 성명 : [[PERSON:백서하]]            생년월일 : [[BIRTH_DATE:2017년 09월 14일]]
학    교 : {{org_name:용인신갈초등학교}} 2학년 3반
보호자 성명 : [[PERSON:백승현]]          관계 : 부
보호자 생년월일 : [[BIRTH_DATE:1984. 2. 6.]]
주    소 : [[KR_ADDRESS:용인시 기흥구 신갈로58번길 11, 신갈현대홈타운 105동 1201호]]
휴대전화 : [[PHONE_NUMBER:010-6652-0183]] (문자 수신 동의 ☑)
이 메 일 : [[EMAIL_ADDRESS:baek.sh84@daum.net]]

※ 만 14세 미만 아동은 법정대리인 동의 필요. 신분확인 : 가족관계증명서(발급 {{date:2025.01.30}})
접수 : {{date:2025.02.03}}  / 회원번호 {{member_number:2025-000418}} / 담당 [[PERSON:신보경]]
"""},

{"id": "s15-o02-002", "kind": "overdue_sms", "text": """[Web발신]
[수원시도서관] [[PERSON:김○진]]님, 대출도서 「작별하지 않는다」 외 2권의 반납예정일({{date:4/12}})이 지났습니다. 연체 {{statistic:5일}}째로 연체일수만큼 대출이 정지됩니다. 문의 {{public_number:031-228-4785}}"""},

{"id": "s15-o02-003", "kind": "overdue_list_export", "text": """연체자 목록 (출력일시 {{date:2025-05-20 17:42}}) 관리자 : [[PERSON:우지현]]
회원번호\t성명\t연락처\t도서명\t청구기호\t반납예정일\t연체일
{{member_number:0100238841}}\t[[PERSON:이*민]]\t[[PHONE_NUMBER:010-****-2219]]\t불편한 편의점\t{{call_number:813.7-김95ㅂ}}\t{{date:2025-04-28}}\t22
{{member_number:0100251107}}\t[[PERSON:박수연]]\t[[PHONE_NUMBER:010-3817-6620]]\t세이노의 가르침\t{{call_number:325.04-세68ㅅ}}\t{{date:2025-05-02}}\t18
{{member_number:0100309926}}\t[[PERSON:Nguyen Thi Hoa]]\t[[PHONE_NUMBER:010-2406-9951]]\t한국어 첫걸음\t{{call_number:713-한16ㅎ}}\t{{date:2025-05-06}}\t14
{{member_number:0100311540}}\t[[PERSON:표○○]]\t[[PHONE_NUMBER:031-257-3380]]\t흔한남매 14\t{{call_number:아 808.9-흔91ㅎ-14}}\t{{date:2025-05-13}}\t7
"""},

{"id": "s15-o02-004", "kind": "volunteer_application", "text": """[박물관 자원봉사 신청서]

1. 성명 : [[PERSON:안예린]]  (영문 [[PERSON:AHN YERIN]])
2. 생년월일 : [[BIRTH_DATE:2003.05.19]]  (만 21세)
3. 소속 : {{org_name:경기대학교}} 사학과 3학년 / 학번 [[STUDENT_ID:202110347]]
4. 연락처 : [[PHONE_NUMBER:010-4471-0952]]   이메일 : [[EMAIL_ADDRESS:yerin.ahn@kyonggi.ac.kr]]
5. 주소 : [[KR_ADDRESS:수원시 영통구 광교산로 154-42 경기대 기숙사 E동 512호]]
6. 1365 아이디 : {{username:yerin0519}}
7. 희망 활동 : 주말 어린이 체험실 보조 (토 13~17시)
8. 지원 동기 : 전공을 살려 관람객께 전시를 안내해 보고 싶습니다.

신청일 : {{date:2025년 6월 2일}}
"""},

{"id": "s15-o02-005", "kind": "system_log", "text": """[도서관통합시스템 회원가입 로그]
2025-03-11 10:14:22 INFO  join.request uid=lib_u_883012 name=[[PERSON:홍세영]] birth=[[BIRTH_DATE:19950621]] tel=[[PHONE_NUMBER:01052339908]] ip=[[IP_ADDRESS:175.223.14.61]] agent=Mozilla/5.0 app={{version:4.12.3.1}}
2025-03-11 10:14:23 INFO  join.verify method=PASS(SKT) result=OK ci=******
2025-03-11 10:15:02 WARN  join.request uid=lib_u_883013 name=[[PERSON:홍세영]] birth=[[BIRTH_DATE:19950621]] ip=[[IP_ADDRESS:2001:e60:8d14:3c1f::2a]] -> duplicate member, rejected
2025-03-11 10:15:02 DEBUG gateway=[[IP_ADDRESS:10.0.0.1]] mask={{subnet_mask:255.255.255.0}}
"""},

{"id": "s15-o02-006", "kind": "library_membership_form", "text": """외국인 도서관 회원 가입 (Foreign Resident Library Card)

Name : [[PERSON:WANG XIAOMEI]] / [[PERSON:왕샤오메이]]
Date of birth : [[BIRTH_DATE:23/11/1991]]
ID type : ☑ 외국인등록증 ARC  No. [[KR_FRN:911123-6284017]]
         ☐ Passport  No. ____________
Address in Korea : [[KR_ADDRESS:성남시 중원구 광명로 213, 3층 301호]]
Mobile : [[PHONE_NUMBER:010-7720-3185]]
E-mail : [[EMAIL_ADDRESS:xiaomei.w91@qq.com]]
유효기간 : 체류기간 만료일({{date:2026.08.31}})까지

접수자 확인 : 여권번호 예시 "{{format_example:M12345678}}" 안내문 부착함 / 담당 [[PERSON:남아름]]
"""},

{"id": "s15-o02-007", "kind": "civil_complaint", "text": """제목 : 연체 대출정지 너무 부당합니다

아이 카드로 빌린 책이 연체됐다고 가족회원 전체가 대출정지라니요. 저([[PERSON:석지원]])랑 남편([[PERSON:한태규]]) 카드까지 {{date:6월 15일}}까지 정지라는데 이건 연좌제 아닌가요?
책은 어제({{date:5/27}}) 무인반납기에 넣었고 반납 영수증도 있습니다. 아이 이름은 [[PERSON:한도윤]]이고 회원번호는 {{member_number:0100412238}}입니다.
도윤이가 잘못한 건 맞지만 가족 전체 정지는 과하다고 봅니다. 정지 해제 부탁드립니다.
회신 : [[EMAIL_ADDRESS:jiwon.seok@naver.com]] / [[PHONE_NUMBER:010-8874-3302]]
"""},

{"id": "s15-o02-008", "kind": "volunteer_certificate", "text": """자 원 봉 사 활 동 확 인 서

성      명 : [[PERSON:류하늘]]
생 년 월 일 : [[BIRTH_DATE:2008. 04. 01.]]
학교/학번 : {{org_name:수원고등학교}} 2학년 / [[STUDENT_ID:20815]]
활 동 기 간 : {{date:2025. 7. 21.}} ~ {{date:2025. 8. 8.}} (총 {{statistic:24시간}})
활 동 내 용 : 어린이자료실 서가 정리 및 도서 배가
활 동 장 소 : {{place_name:광교홍재도서관}}

위 학생은 본 기관에서 위와 같이 자원봉사 활동을 하였음을 확인합니다.
{{date:2025년 8월 11일}}
확인자 : 사서 [[PERSON:공나래]] (직인)
"""},

{"id": "s15-o02-009", "kind": "volunteer_roster", "text": """◎ 찾아가는 이동도서관 운전 자원봉사자 명단 (보험·차량 확인용)

[[PERSON:강석구]] | [[BIRTH_DATE:1956-12-03]] | 면허 [[KR_DRIVER_LICENSE:11-76-032418-51]] (1종보통) | 차량 [[KR_CAR_PLATE:48수 1176]] | [[PHONE_NUMBER:010-5521-8840]]
[[PERSON:모영진]] | [[BIRTH_DATE:1962-08-19]] | 면허 [[KR_DRIVER_LICENSE:경기 85-114203-72]] (1종대형) | 이동도서관 차량 {{vehicle_code:경기도서관 2호차}} 운전 | [[PHONE_NUMBER:010-9113-2047]]
[[PERSON:피정란]] | [[BIRTH_DATE:1959-01-27]] | 면허 [[KR_DRIVER_LICENSE:13-83-557012-09]] | 차량 [[KR_CAR_PLATE:231더 6093]] | [[PHONE_NUMBER:010-2267-5514]]

※ 면허 진위확인 완료 {{date:2025.03.18}} (도로교통공단) / 봉사활동 기간 {{date:2025.04~2025.11}}
"""},

{"id": "s15-o02-010", "kind": "refund_request", "text": """분실도서 변상금 환불 신청

{{date:3월 8일}}에 분실로 처리된 『코스모스』를 {{amount:22,000원}} 변상했는데 오늘 집 소파 밑에서 찾았어요 ㅎㅎ; 책 반납했으니 변상금 돌려받을 수 있다고 해서 신청합니다.
신청인 : [[PERSON:권오윤]] (생 [[BIRTH_DATE:1972.10.10]])
환불계좌 : 기업은행 [[BANK_ACCOUNT:010-7253-0918-01]] 예금주 본인
연락처 : [[PHONE_NUMBER:010-7253-0918]]
(계좌번호가 폰번호랑 비슷한데 평생계좌 맞습니다)
"""},

{"id": "s15-o02-011", "kind": "committee_list", "text": """○ 작은도서관 운영위원회 위원 명단 (임기 {{date:2025.01.01.~2026.12.31.}})

위원장  [[PERSON:어윤석]]  주민대표    [[KR_ADDRESS:용인시 처인구 김량장동 345-12 2층]]   [[PHONE_NUMBER:010-3352-0881]]
부위원장 [[PERSON:봉은주]]  학부모회    [[KR_ADDRESS:처인구 중부대로1199번길 20 107-1502]]   [[PHONE_NUMBER:010-6048-7731]]
위원    [[PERSON:전상민]]  {{org_name:처인구청}} 주무관(당연직)   -   [[PHONE_NUMBER:031-324-2351]](직통)
위원    [[PERSON:은하정]]  자원활동가   [[KR_ADDRESS:용인시 처인구 역북동 801 e편한세상 204동 304호]]   [[PHONE_NUMBER:010-4116-9023]]
간사    [[PERSON:도선영]]  사서        -   {{public_number:031-324-4680}}(도서관 대표)
"""},

{"id": "s15-o02-012", "kind": "overdue_email", "text": """From: {{public_email:noreply@library.suwon.go.kr}}
To: [[EMAIL_ADDRESS:jtk_1977@hotmail.com]]
Subject: [연체 안내 / Overdue Notice] 반납 요청

[[PERSON:조태경]] 회원님 (Dear member),

대출하신 아래 자료의 반납기한이 지났습니다.
- 청구기호 {{call_number:005.133-파78ㅍ}} 『파이썬 코딩 도장』 / ISBN {{isbn:9791158391676}} / 반납기한 {{date:2025.05.31}}
빠른 반납 부탁드립니다. 상호대차 자료는 연체 시 타관 이용도 제한됩니다.

※ 본 메일은 발신전용입니다. 문의: {{public_email:minwon@suwon.go.kr}}
"""},

{"id": "s15-o02-013", "kind": "group_visit_request", "text": """박물관 단체관람 신청서

기관명 : {{org_name:성남하대원초등학교}} 5학년
인솔 책임 : [[PERSON:서경아]] 교사 (교원번호 [[EMPLOYEE_ID:K2011-07841]])
연락처 : 교무실 {{public_number:031-750-1234}} / 휴대폰 [[PHONE_NUMBER:010-2940-3318]]
이메일 : [[EMAIL_ADDRESS:seoka.teach@sen.go.kr]]
관람 희망일 : {{date:2025-10-15(수)}} 10:00  / 인원 학생 {{statistic:58명}}, 교사 3명
버스 : 관광버스 2대 ([[KR_CAR_PLATE:경기70바2215]], [[KR_CAR_PLATE:경기70바2216]])  ← 기사님 연락처 당일 전달
특이사항 : 휠체어 이용 학생 1명
"""},

{"id": "s15-o02-014", "kind": "card_reissue", "text": """회원증 재발급 - [[PERSON:마서윤]]([[BIRTH_DATE:01.07.22]]) 분실, 본인확인 운전면허증 [[KR_DRIVER_LICENSE:12-19-603371-40]] 확인함. 재발급비 {{amount:1,000원}} 현금수납. {{date:6/3}} [[PERSON:윤나래]]"""},

{"id": "s15-o02-015", "kind": "it_incident_report", "text": """[정보시스템 장애·보안 보고]
보고일 : {{date:2025.04.09}} / 작성 : 전산담당 [[PERSON:탁재웅]] (사번 [[EMPLOYEE_ID:SW-1873]])

1. 개요 : 디지털자료실 공용PC 7번에서 이용자 개인 메일 로그인 상태 유지 확인
2. 경위 : {{date:4/8 19:20}}경 이용자 [[PERSON:곽민호]](회원번호 {{member_number:0100177325}}) 사용 후 로그아웃 미실시 → 다음 이용자가 신고
3. 조치 : 세션 강제 종료, 해당 이용자 메일 [[EMAIL_ADDRESS:kmh7701@naver.com]]로 안내 발송
4. 기술 정보 : 공용PC 7번 [[IP_ADDRESS:192.168.20.107]] (DHCP), 게이트웨이 [[IP_ADDRESS:192.168.20.1]], 외부 접속 기록상 이용자 로그인 IP [[IP_ADDRESS:58.120.211.9]]
   백신 엔진 {{version:1.2.4.88}} / 보안 OID {{oid:1.2.410.200004.5.2.1.2}}
"""},

{"id": "s15-o02-016", "kind": "volunteer_sms", "text": """안녕하세요 선생님~ 방학 중 도서관 봉사 신청하고 싶어서 연락드려요. 중3 [[PERSON:여준]]이고 {{org_name:영덕중}} 다녀요! 생일은 [[BIRTH_DATE:10월 3일]]이고 엄마 번호 [[PHONE_NUMBER:010-3328-4961]] 남겨요. 8월 첫째주 가능합니다!!"""},

{"id": "s15-o02-017", "kind": "donation_form", "text": """도서 기증 신청서

기증자 : [[PERSON:황윤정]] (단체의 경우 단체명 기재)
연락처 : [[PHONE_NUMBER:(031)713-2284]] / [[PHONE_NUMBER:010-8120-4435]]
수거 희망 주소 : [[KR_ADDRESS:성남시 분당구 서현로 180번길 19 (서현동, 효자촌 동아아파트) 212동 1103호]]
기증 도서 : 아동전집 약 {{statistic:120권}}, 일반도서 30권 (출판 {{date:2015년}} 이후)
수거 희망일 : {{date:9/20(토)}} 오전
※ 기증 영수증 발급 불가(개인), 기증자 명부 등재 동의 ☑
"""},

{"id": "s15-o02-018", "kind": "museum_membership_form", "text": """■ 시립박물관 후원회원 가입 신청
성명 [[PERSON:구자혁]]   생년월일 [[BIRTH_DATE:1966년 4월]]
주소 [[KR_ADDRESS:수원시 팔달구 인계로 124, 인계 래미안 301동 702호]]
전화 [[PHONE_NUMBER:010-4012-6628]]
후원금 자동이체 : 월 {{amount:10,000원}} / 하나은행 [[BANK_ACCOUNT:391-910284-17607]] / 이체일 매월 {{date:25일}}
사업자(개인) 후원 시 : 상호 {{org_name:자혁인쇄}} 사업자등록번호 [[KR_BRN:131-15-7702?]]
"""},
]
