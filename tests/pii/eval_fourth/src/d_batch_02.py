# Writer d, batch 02: dementia centres (치매안심센터) and elderly care (노인맞춤돌봄).
# All content invented. CC0 1.0.

DOCS = [
{"id": "s4-d02-001", "kind": "dementia_center_intake", "text": """{{org_name:장안구 치매안심센터}} 초기상담지
대상자명 [[PERSON:권오복]]   성별 남   생년월일 [[BIRTH_DATE:1940년 2월 11일]](음)
주소 [[KR_ADDRESS:수원시 장안구 정자천로 153, 백설마을 주공 403동 1504호]]
주보호자 [[PERSON:권미숙]](딸, 52세) 연락처 [[PHONE_NUMBER:010-4812-6603]]
의뢰경로: 행정복지센터 → 센터 ({{date:2024.02.26}})
주호소: 최근 6개월 사이 길 잃음 2회, 약 복용 잊음. 운전은 아직 하심(차량 [[KR_CAR_PLATE:38누 4417]]).
상담자 [[PERSON:노지혜]] 작업치료사"""},

{"id": "s4-d02-002", "kind": "license_return_form", "text": """고령운전자 운전면허 자진반납 확인서

성      명 : [[PERSON:배상철]]
생년월일 : [[BIRTH_DATE:1936. 9. 17.]]
면허번호 : [[KR_DRIVER_LICENSE:경기 71-042318-52]]
주      소 : [[KR_ADDRESS:성남시 중원구 둔촌대로 83번길 9-2]]
반납일자 : {{date:2024. 5. 13.}}

위 사람은 운전면허를 자진반납하였으므로 교통비 지원카드(10만원, {{amount:100,000원}})를 지급함.
                                          {{org_name:성남시 상대원2동 행정복지센터}}장"""},

{"id": "s4-d02-003", "kind": "care_service_plan", "text": """노인맞춤돌봄서비스 서비스계획서(요약)
수행기관: {{org_name:영통노인복지관}}   생활지원사: [[PERSON:하은주]]([[EMPLOYEE_ID:SW-23017]])
전담사회복지사: [[PERSON:도경민]]([[EMPLOYEE_ID:SW-21004]])
이용자: [[PERSON:류정자]] / [[BIRTH_DATE:1946-08-25]] / 독거
- 안전지원: 주 1회 방문, 주 2회 유선 (월·목)
- 사회참여: 경로당 프로그램 연계
- 일상생활: 밑반찬 배달 (주 1회)
계획기간 {{date:2024.03.01}}~{{date:2025.02.28}}"""},

{"id": "s4-d02-004", "kind": "family_text_message", "text": """엄마 나 [[PERSON:경아]]야. 치매센터 선생님이 어제 전화왔는데 아빠 검사날짜 다음주 화요일 {{time:10시}}래. 아빠 주민번호 뒷자리 물어보던데 내가 [[KR_RRN:440807-1******]] 이렇게밖에 몰라서 엄마가 직접 알려줘. 선생님 이름은 [[PERSON:채서윤]]이고 번호 [[PHONE_NUMBER:010-7723-0418]] 야"""},

{"id": "s4-d02-005", "kind": "missing_person_bracelet", "text": """배회감지기·인식표 발급대장
번호|성명|생년월일|보호자|보호자 연락처|인식표번호|발급일
14|[[PERSON:손만길]]|[[BIRTH_DATE:36.04.02]]|[[PERSON:손재형]](자)|[[PHONE_NUMBER:010-5518-2091]]|{{code:GG-SW-0914}}|{{date:24.06.10}}
15|[[PERSON:변옥자]]|[[BIRTH_DATE:42.12.29]]|[[PERSON:이창수]](부)|[[PHONE_NUMBER:031-8016-2235]]|{{code:GG-SW-0915}}|{{date:24.06.10}}
16|[[PERSON:마금례]]|[[BIRTH_DATE:39.01.15]]|[[PERSON:김혜진]](손녀)|[[PHONE_NUMBER:010 6303 1482]]|{{code:GG-SW-0916}}|{{date:24.06.12}}"""},

{"id": "s4-d02-006", "kind": "home_visit_report", "text": """[가정방문 결과보고]
방문일시: {{date:2024.11.19}} {{time:14:00}}~{{time:15:10}}
방문자: 생활지원사 [[PERSON:안미경]], 전담사회복지사 [[PERSON:곽태윤]]
대상자: [[PERSON:탁순임]] 어르신 (85세, [[BIRTH_DATE:39년 7월]]생)
주소: [[KR_ADDRESS:용인시 처인구 포곡읍 둔전로 62-5 (둔전리)]]
내용: 보일러 고장으로 방 온도 12도. 아들 [[PERSON:탁성호]]씨([[PHONE_NUMBER:010-9471-3350]])와 통화하여 수리 요청, 아들이 {{date:11/21}} 방문 예정이라 함. 긴급 전기장판 지원 연계.
특이: 식사량 감소, 체중 측정 불가. 다음 방문 {{date:11/26}}."""},

{"id": "s4-d02-007", "kind": "cognitive_screening_sheet", "text": """CIST 선별검사 결과
성명 [[PERSON:염재춘]]   [[BIRTH_DATE:1949.10.30]]   교육년수 6년
검사일 {{date:2024-04-17}}  검사자 [[PERSON:진소라]]
총점 {{statistic:14/30}} → 인지저하 의심, 협약병원 진단검사 의뢰
협약병원: {{org_name:아주대학교병원 신경과}} (의뢰일 {{date:2024-04-19}})"""},

{"id": "s4-d02-008", "kind": "counter_memo", "text": """메모) 상대원1동 주민센터 → 치매센터 전달
할아버지 [[PERSON:석용수]](1943생, [[BIRTH_DATE:43.3.8]]) 면허증 들고 오셔서 반납하겠다고 하심. 본인 면허 [[KR_DRIVER_LICENSE:13-63-218405-90]] 확인함. 반납은 경찰서에서만 된다고 안내드리고 {{place_name:중원경찰서 민원실}} 위치 알려드림. 본인이 혼자 운전해서 오심 ㅠ 차량 [[KR_CAR_PLATE:경기33나2918]] (구형 번호판). 가족 연락 필요 - 며느리 [[PERSON:하지영]] [[PHONE_NUMBER:010-2284-9937]]"""},

{"id": "s4-d02-009", "kind": "care_worker_roster", "text": """2024년 12월 생활지원사 배정표 (매탄권역)
사번,성명,담당어르신수,연락처,비고
[[EMPLOYEE_ID:2022-0117]],[[PERSON:구명숙]],16,[[PHONE_NUMBER:010-3091-2274]],
[[EMPLOYEE_ID:2023-0042]],[[PERSON:성지은]],15,[[PHONE_NUMBER:010-8814-0650]],12/9~12/13 연차
[[EMPLOYEE_ID:2021-0298]],[[PERSON:국현아]],17,[[PHONE_NUMBER:010-4077-5182]],대체 배정 필요
※ 기관 대표번호 {{public_number:031-215-7750}}"""},

{"id": "s4-d02-010", "kind": "resident_letter", "text": """치매안심센터 선생님께

저는 [[PERSON:오복남]]의 처 [[PERSON:장말녀]]입니다. 우리 영감이 뇌경색 오신 뒤로 자꾸 밤에 나가셔서 걱정입니다. 작년 {{date:섣달 그믐}}에는 새벽에 나가서 아파트 경비아저씨가 데리고 왔습니다. 영감은 무자생, 음력 [[BIRTH_DATE:1948년 정월 스무사흘]]이고 저는 [[BIRTH_DATE:1951]]년생입니다.
주소는 [[KR_ADDRESS:수원시 팔달구 인계동 1035-2 현대아파트 2동 508호]] 이고 집전화 [[PHONE_NUMBER:231-4450]] 입니다. 
배회감지기라는 것을 신청하고 싶습니다. 
                                           [[PERSON:장말녀]] 올림"""},

{"id": "s4-d02-011", "kind": "meal_delivery_list", "text": """도시락 배달 명단 ({{date:12/02}} 월)
1. [[PERSON:고정남]] - [[KR_ADDRESS:신갈동 56-3 1층]] (대문 비번 * 물어보기)
2. [[PERSON:방말숙]] - [[KR_ADDRESS:구갈동 금화마을 주공 202동 101호]]
3. [[PERSON:명재식]]·[[PERSON:천영애]] 부부 - [[KR_ADDRESS:상갈로 8번길 17-1 반지하]]
4. [[PERSON:남궁순]] - 입원중 배달X (~{{date:12/06}})
배달: 봉사자 [[PERSON:여승훈]] [[PHONE_NUMBER:010-6650-1718]]"""},

{"id": "s4-d02-012", "kind": "dementia_subsidy_application", "text": """치매치료관리비 지원 신청서
신청인(환자) : [[PERSON:봉해룡]]     주민등록번호 : [[KR_RRN:420115-106382?]]
주소 : [[KR_ADDRESS:경기도 용인시 기흥구 동백중앙로 191 (중동, 백현마을 휴먼시아 5단지) 511동 304호]]
지급계좌 : 농협 [[BANK_ACCOUNT:351-0774-2283-13]] (예금주 [[PERSON:봉해룡]])
진단일 : {{date:2023.11.02}} / 약제비 영수증 {{statistic:4}}매
대리신청인 : [[PERSON:봉수진]](자녀)  [[PHONE_NUMBER:010-3346-9150]]
※ 지원한도 월 {{amount:3만원}}(연 {{amount:36만원}})"""},

{"id": "s4-d02-013", "kind": "phone_call_note", "text": "{{date:3/14}} 통화) [[PERSON:현순덕]]님 아드님 [[PERSON:현창민]](휴대 [[PHONE_NUMBER:010-9902-3317]]): 어머니 [[BIRTH_DATE:1934년 1월]]생이심. 쉼터 프로그램 월수금 이용 희망. 셔틀 탑승 위치 [[KR_ADDRESS:권선동 1012 한양아파트]] 후문 아니고 정문 앞."},

{"id": "s4-d02-014", "kind": "elderly_care_referral", "text": """노인맞춤돌봄 대상자 의뢰서
발신: {{org_name:매탄3동 행정복지센터}} 맞춤형복지팀 [[PERSON:육지훈]] ([[EMAIL_ADDRESS:yukjh@korea.kr]] / [[PHONE_NUMBER:031-228-8634]])
수신: {{org_name:영통종합사회복지관}}
대상자: [[PERSON:기순분]]  [[BIRTH_DATE:1944.11.08]]  여
주소: [[KR_ADDRESS:수원시 영통구 매탄로 56-12, 2층 201호]]
의뢰사유: 배우자 사망({{date:2024.08.30}}) 후 독거, 우울감 호소
※ 회신은 복지팀 공용메일 {{public_email:maetan3@suwon.go.kr}} 로 부탁드립니다."""},

{"id": "s4-d02-015", "kind": "caregiver_support_log", "text": """가족교실 출석부 (3기)
회차: 4회차 {{date:2024.05.22}}
[[PERSON:윤정희]] O / [[PERSON:Bae Jiwon]] O / [[PERSON:조민호]] X(병원동행) / [[PERSON:김다온]] O / [[PERSON:임채원]] O
강사: [[PERSON:피수경]] 간호사
다음 회차 {{date:05.29}} - 주제 '배회와 안전'"""},

{"id": "s4-d02-016", "kind": "gps_device_log", "text": """[배회감지 알림] {{date:2024-09-08}} {{time:02:41:17}}
단말 {{code:SKT-GPS-771830}} 착용자 [[PERSON:지영복]]([[BIRTH_DATE:1938-03-21]])
안전구역 이탈: [[KR_ADDRESS:수원시 권선구 곡반정로 45번길 20]] 반경 300m
알림 수신: [[PHONE_NUMBER:010-2711-0845]] ([[PERSON:지은숙]]), 센터 당직 {{public_number:1899-9988}}
관제서버 [[IP_ADDRESS:172.20.14.6]] / 응답 {{time:02:44}} 보호자 확인"""},
]
